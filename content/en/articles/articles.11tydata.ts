import { articlesFolderData } from '../../../src/content/directory-data';

export default articlesFolderData('en');
